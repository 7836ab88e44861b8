// EqualifyPdf.System.Tests: the hosts as real processes — kill -9 and restart, several silos, and ./run.sh end to end.
// Each test starts whole hosts on a 2-core machine; running them one at a time keeps their timing honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
