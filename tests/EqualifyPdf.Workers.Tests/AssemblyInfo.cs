// Worker tests measure child CPU time and memory; running them side by side on two cores would blur both.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
