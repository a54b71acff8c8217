using System.CommandLine;
using DigestGraph.Cli.Commands;
using DigestGraph.Extract.Learning;

try
{
    return await CommandCatalog.Root().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (ExtractionModelException e)
{
    // A missing or corrupt model file is the user's to fix: the message names it, a stack trace would only hide it.
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
catch (Exception e)
{
    // As System.CommandLine's default handler: anything else is a bug, shown whole.
    Console.Error.WriteLine($"Unhandled exception: {e}");
    return 1;
}
