using EqualifyPdf.Cli.Hosting;
using Spectre.Console;

namespace EqualifyPdf.Cli.Rendering;

/// <summary>Runs work under a Spectre progress display when there is a terminal, and without one otherwise.</summary>
internal static class ProgressBoards
{
    /// <summary>Runs <paramref name="work"/> with a live board on <see cref="CliEnvironment.Terminal"/>, or a silent one.</summary>
    public static async Task<T> RunAsync<T>(CliEnvironment env, Func<IProgressBoard, Task<T>> work)
    {
        if (env.Terminal is not { } terminal)
        {
            return await work(SilentBoard.Instance);
        }

        return await Display(terminal).StartAsync(context => work(new SpectreBoard(context)));
    }

    /// <summary>The synchronous form, for the file commands.</summary>
    public static T Run<T>(CliEnvironment env, Func<IProgressBoard, T> work)
    {
        if (env.Terminal is not { } terminal)
        {
            return work(SilentBoard.Instance);
        }

        return Display(terminal).Start(context => work(new SpectreBoard(context)));
    }

    private static Progress Display(IAnsiConsole terminal) => terminal.Progress()
        .AutoClear(false)
        .HideCompleted(false)
        .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn());

    private sealed class SpectreBoard(ProgressContext context) : IProgressBoard
    {
        public IProgressBar Add(string description, double maxValue) =>
            new SpectreBar(context.AddTask(Markup.Escape(description), maxValue: Math.Max(maxValue, 1)));
    }

    private sealed class SpectreBar(ProgressTask task) : IProgressBar
    {
        public double MaxValue
        {
            get => task.MaxValue;
            set => task.MaxValue = Math.Max(value, 1);
        }

        public void Set(double value) => task.Value = value;

        public void Increment(double amount) => task.Increment(amount);

        public void Describe(string description) => task.Description = Markup.Escape(description);
    }

    private sealed class SilentBoard : IProgressBoard, IProgressBar
    {
        public static SilentBoard Instance { get; } = new();

        public double MaxValue { get; set; }

        public IProgressBar Add(string description, double maxValue) => this;

        public void Set(double value) { }

        public void Increment(double amount) { }

        public void Describe(string description) { }
    }
}
