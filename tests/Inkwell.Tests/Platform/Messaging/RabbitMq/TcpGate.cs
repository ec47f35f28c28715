using System.Net;
using System.Net.Sockets;

namespace Inkwell.Tests.Platform.Messaging.RabbitMq;

/// <summary>
/// A loopback port that forwards to the broker. Told to drop replies, it still passes what the application sends
/// but none of the broker's answers: a publish reaches the queue, and its confirm never comes back.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Uri _broker;
    private volatile bool _dropReplies;

    public TcpGate(Uri broker)
    {
        _broker = broker;
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Uri => new UriBuilder(_broker) { Port = ((IPEndPoint)_listener.LocalEndpoint).Port }.Uri.ToString();

    public void DropReplies() => _dropReplies = true;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                _ = PipeAsync(await _listener.AcceptTcpClientAsync(_stop.Token));
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using (client)
        using (var broker = new TcpClient())
        {
            try
            {
                await broker.ConnectAsync(_broker.Host, _broker.Port, _stop.Token);
                // When either side closes (the application is killed), the other is closed too, as a real network would.
                await Task.WhenAny(
                    CopyAsync(client.GetStream(), broker.GetStream(), () => false),
                    CopyAsync(broker.GetStream(), client.GetStream(), () => _dropReplies));
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or IOException)
            {
                // Closed.
            }
        }
    }

    private async Task CopyAsync(Stream from, Stream to, Func<bool> drop)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                if (!drop())
                {
                    await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Closed.
        }
    }
}
