namespace Inkwell.Cli.Generate;

/// <summary>Input the generator refuses: an unknown module, a field it cannot read, an entity that exists. Exits with 2.</summary>
internal sealed class GeneratorException(string message) : Exception(message);
