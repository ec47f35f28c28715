using System.Globalization;
using System.Text;

namespace Inkwell.Web.Feeds;

/// <summary>An in-memory writer whose XML declaration says UTF-8, the encoding the response is sent in.</summary>
internal sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => Encoding.UTF8;
}
