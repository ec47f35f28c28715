using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inkwell.Cli.Transfer;

/// <summary>JSON as transfer files hold it: letters beyond ASCII as themselves, not escaped, so the files read as text.</summary>
internal static class TransferJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
