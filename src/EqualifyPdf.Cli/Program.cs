// equalify-pdf: the command-line front end to the conversion engine and the PII scanner, for running them on files.
using EqualifyPdf.Cli.Commands;

return args.FirstOrDefault() switch
{
    "convert" => ConvertCommand.Run(args[1..], Console.Out, Console.Error),
    "pii" => PiiCommand.Run(args[1..], Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: equalify-pdf convert <file.pdf>... -o <dir> [--format html,markdown]");
    Console.Error.WriteLine("       equalify-pdf pii <file.pdf|file.txt>... [--json DIR]");
    return 2;
}
