namespace Inkwell.Platform.Api;

/// <summary>Collects field errors for a request; each use case states its own rules with it.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Checks a required text field: present, not blank, not longer than <paramref name="maxLength"/>.</summary>
    public ValidationErrors Required(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, "can't be blank") : MaxLength(field, value, maxLength);

    public ValidationErrors MaxLength(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength ? Add(field, $"is too long (maximum is {maxLength} characters)") : this;

    public ErrorResponse ToResponse() => new(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
