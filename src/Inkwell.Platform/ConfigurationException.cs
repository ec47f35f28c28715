namespace Inkwell.Platform;

/// <summary>Configuration that cannot work (an unknown engine, a missing key): start-up stops with this message.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
