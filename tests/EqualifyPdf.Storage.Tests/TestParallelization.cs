// The 100 MB upload test measures the process's allocations, so no other test may run beside it; the whole project
// takes well under a minute one test class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
