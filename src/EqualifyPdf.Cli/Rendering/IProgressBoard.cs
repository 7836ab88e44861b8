namespace EqualifyPdf.Cli.Rendering;

/// <summary>A set of progress bars; on a non-terminal every bar is a no-op so output stays plain lines.</summary>
internal interface IProgressBoard
{
    /// <summary>Adds a bar going from 0 to <paramref name="maxValue"/>.</summary>
    IProgressBar Add(string description, double maxValue);
}

/// <summary>One bar of an <see cref="IProgressBoard"/>.</summary>
internal interface IProgressBar
{
    /// <summary>The value at which the bar is full.</summary>
    double MaxValue { get; set; }

    /// <summary>Sets the current value.</summary>
    void Set(double value);

    /// <summary>Adds to the current value.</summary>
    void Increment(double amount);

    /// <summary>Changes the text beside the bar.</summary>
    void Describe(string description);
}
