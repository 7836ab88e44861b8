using System.Runtime.InteropServices;

namespace EqualifyPdf.Conversion.Ocr;

/// <summary>
/// Sets variables in the process's native environment. Environment.SetEnvironmentVariable only changes .NET's
/// copy on Unix, which native libraries such as OpenMP never see.
/// </summary>
internal static partial class NativeEnvironment
{
    /// <summary>Sets <paramref name="name"/> unless the operator already set it.</summary>
    public static void SetDefault(string name, string value)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        try
        {
            _ = setenv(name, value, 0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Without libc's setenv Tesseract simply uses its default thread count.
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
