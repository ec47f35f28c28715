namespace Inkwell.Cli.Generate;

/// <summary>Integration tests of the generated API against the real host and database, in the style of the module's own.</summary>
internal static class TestTemplate
{
    public static string Tests(EntitySpec entity)
    {
        var (e, url, json, jsonList) = (entity.Name, $"/api/{entity.Route}", entity.Camel, entity.CamelPlural);
        var text = entity.Fields.FirstOrDefault(f => f.IsString);
        var sort = entity.Fields.FirstOrDefault(f => f.Kind != FieldKind.Bool);
        var required = entity.Fields.FirstOrDefault(f => f.Required);
        var typed = entity.Fields.FirstOrDefault(f => !f.IsString);
        var sampleEntries = entity.Fields.Select(f => $"[\"{f.Name}\"] = {SampleValue(f)},");
        var fieldAsserts = entity.Fields.Select(f => $"Assert.Equal(({f.ClrType})expected[\"{f.Name}\"]!, actual[\"{f.Name}\"]!.GetValue<{f.ClrType}>());");
        return Code.Tidy($$"""
            using Inkwell.Platform.Auth;
            using Inkwell.Tests.Infrastructure;

            namespace Inkwell.Tests.Api.{{entity.Module.Name}};

            /// <summary>{{entity.Plural}} over the API: signed-in users read them, admins write them, bad input is 422 in the API's error format.</summary>
            [Collection(ApiCollection.Name)]
            public sealed class {{entity.Plural}}ApiTests(InkwellFactory factory)
            {
                private readonly ApiClient _api = factory.CreateApiClient();
                private readonly string _marker = ApiClient.Unique("t");

                [Fact]
                public async Task An_admin_creates_reads_replaces_and_deletes_a_{{Snake(entity)}}()
                {
                    var admin = await factory.RegisterWithRoleAsync(Roles.Admin);

                    var created = (await (await _api.PostAsync("{{url}}", new { {{json}} = Sample(1) }, admin.Token)).ReadJsonAsync(HttpStatusCode.Created))["{{json}}"]!;
                    var id = created["id"]!.GetValue<long>();
                    var read = (await (await _api.GetAsync($"{{url}}/{id}", admin.Token)).ReadJsonAsync(HttpStatusCode.OK))["{{json}}"]!;
                    var replaced = (await (await _api.PutAsync($"{{url}}/{id}", new { {{json}} = Sample(2) }, admin.Token)).ReadJsonAsync(HttpStatusCode.OK))["{{json}}"]!;
                    var reread = (await (await _api.GetAsync($"{{url}}/{id}", admin.Token)).ReadJsonAsync(HttpStatusCode.OK))["{{json}}"]!;
                    var deleted = await _api.DeleteAsync($"{{url}}/{id}", admin.Token);
                    var gone = await _api.GetAsync($"{{url}}/{id}", admin.Token);

                    AssertFields(Sample(1), created);
                    AssertFields(Sample(1), read);
                    AssertFields(Sample(2), replaced);
                    AssertFields(Sample(2), reread);
                    Assert.Equal(id, reread["id"]!.GetValue<long>());
                    Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
                    await gone.AssertErrorAsync(HttpStatusCode.NotFound, "{{json}}");
                }

                [Fact]
                public async Task A_list_pages_sorts_and_filters_{{Snake(entity)}}s()
                {
                    var admin = await factory.RegisterWithRoleAsync(Roles.Admin);
                    var ids = new Dictionary<int, long>();
                    foreach (var n in new[] { 2, 1, 3 })
                    {
                        ids[n] = (await (await _api.PostAsync("{{url}}", new { {{json}} = Sample(n) }, admin.Token)).ReadJsonAsync(HttpStatusCode.Created))["{{json}}"]!["id"]!.GetValue<long>();
                    }

                    {{Code.Lines([ListAssertions(entity, text, sort)], 8)}}
                }

                [Fact]
                public async Task Anonymous_callers_are_401_and_only_admins_write()
                {
                    var user = await _api.RegisterAsync();
                    var admin = await factory.RegisterWithRoleAsync(Roles.Admin);
                    var id = (await (await _api.PostAsync("{{url}}", new { {{json}} = Sample(1) }, admin.Token)).ReadJsonAsync(HttpStatusCode.Created))["{{json}}"]!["id"]!.GetValue<long>();

                    Assert.Equal(HttpStatusCode.Unauthorized, (await _api.GetAsync("{{url}}")).StatusCode);
                    Assert.Equal(HttpStatusCode.Unauthorized, (await _api.PostAsync("{{url}}", new { {{json}} = Sample(1) })).StatusCode);
                    Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"{{url}}/{id}", user.Token)).StatusCode);
                    Assert.Equal(HttpStatusCode.Forbidden, (await _api.PostAsync("{{url}}", new { {{json}} = Sample(1) }, user.Token)).StatusCode);
                    Assert.Equal(HttpStatusCode.Forbidden, (await _api.PutAsync($"{{url}}/{id}", new { {{json}} = Sample(2) }, user.Token)).StatusCode);
                    Assert.Equal(HttpStatusCode.Forbidden, (await _api.DeleteAsync($"{{url}}/{id}", user.Token)).StatusCode);
                    Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"{{url}}/{id}", user.Token)).StatusCode);
                }

                [Fact]
                public async Task Bad_input_is_422_naming_the_field_and_changes_nothing()
                {
                    var admin = await factory.RegisterWithRoleAsync(Roles.Admin);
                    var before = (await (await _api.GetAsync("{{url}}?limit=1", admin.Token)).ReadJsonAsync(HttpStatusCode.OK))["{{jsonList}}Count"]!.GetValue<int>();

                    await (await _api.PostAsync("{{url}}", new { }, admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "{{json}}");
                    await (await _api.GetAsync("{{url}}?sort=nonsense", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "sort");
                    await (await _api.GetAsync("{{url}}?limit=none", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "limit");
                    {{Code.Lines(BadInputAssertions(url, json, required, text, typed), 8)}}

                    var after = (await (await _api.GetAsync("{{url}}?limit=1", admin.Token)).ReadJsonAsync(HttpStatusCode.OK))["{{jsonList}}Count"]!.GetValue<int>();
                    Assert.Equal(before, after);
                    await (await _api.PutAsync("{{url}}/0", new { {{json}} = Sample(1) }, admin.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "{{json}}");
                    await (await _api.DeleteAsync("{{url}}/0", admin.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "{{json}}");
                }

                /// <summary>A valid {{entity.Noun}} whose values grow with <paramref name="n"/> and whose text carries this test's marker.</summary>
                private Dictionary<string, object?> Sample(int n) => new()
                {
                    {{Code.Lines(sampleEntries, 8)}}
                };

                private string Text(int n, int maxLength)
                {
                    var text = $"{_marker} {n}";
                    return text.Length <= maxLength ? text : text[^maxLength..];
                }

                private static void AssertFields(Dictionary<string, object?> expected, JsonNode actual)
                {
                    {{Code.Lines(fieldAsserts, 8)}}
                }
            }
            """);
    }

    private static string Snake(EntitySpec entity) => entity.Noun.Replace(' ', '_');

    private static string SampleValue(FieldSpec field) => field.Kind switch
    {
        FieldKind.String => $"Text(n, {field.MaxLength})",
        FieldKind.Int => "10 + n",
        FieldKind.Long => "10_000_000_000L + n",
        FieldKind.Decimal => "10.25m + n",
        FieldKind.Bool => "n % 2 == 0",
        FieldKind.DateTime => "new DateTime(2026, 1, n, 9, 15, 0, DateTimeKind.Utc)",
        _ => "new Guid($\"00000000-0000-0000-0000-{n:D12}\")",
    };

    private static string ListAssertions(EntitySpec entity, FieldSpec? text, FieldSpec? sort)
    {
        var (url, list) = ($"/api/{entity.Route}", entity.CamelPlural);
        var sortName = sort?.Name ?? "id";
        if (text is null)
        {
            // Without text to filter on, the newest rows are this test's own.
            return $$"""
                var page = await (await _api.GetAsync("{{url}}?sort=-id&limit=2", admin.Token)).ReadJsonAsync(HttpStatusCode.OK);
                var rows = page["{{list}}"]!.AsArray();

                Assert.True(page["{{list}}Count"]!.GetValue<int>() >= 3);
                Assert.Equal([ids[3], ids[1]], rows.Select(row => row!["id"]!.GetValue<long>()));
                """;
        }

        return $$"""
            var page = await (await _api.GetAsync($"{{url}}?{{text.Name}}={_marker}&sort=-{{sortName}}&limit=2", admin.Token)).ReadJsonAsync(HttpStatusCode.OK);
            var next = await (await _api.GetAsync($"{{url}}?{{text.Name}}={_marker}&sort=-{{sortName}}&limit=2&offset=2", admin.Token)).ReadJsonAsync(HttpStatusCode.OK);
            var ascending = await (await _api.GetAsync($"{{url}}?{{text.Name}}={_marker}&sort={{sortName}}", admin.Token)).ReadJsonAsync(HttpStatusCode.OK);
            var none = await (await _api.GetAsync($"{{url}}?{{text.Name}}={_marker}-none", admin.Token)).ReadJsonAsync(HttpStatusCode.OK);

            Assert.Equal(3, page["{{list}}Count"]!.GetValue<int>());
            Assert.Equal([ids[3], ids[2]], page["{{list}}"]!.AsArray().Select(row => row!["id"]!.GetValue<long>()));
            Assert.Equal([ids[1]], next["{{list}}"]!.AsArray().Select(row => row!["id"]!.GetValue<long>()));
            Assert.Equal([ids[1], ids[2], ids[3]], ascending["{{list}}"]!.AsArray().Select(row => row!["id"]!.GetValue<long>()));
            Assert.Equal(0, none["{{list}}Count"]!.GetValue<int>());
            """;
    }

    private static IEnumerable<string> BadInputAssertions(string url, string json, FieldSpec? required, FieldSpec? text, FieldSpec? typed)
    {
        if (required is not null)
        {
            yield return $"await (await _api.PostAsync(\"{url}\", new {{ {json} = new {{ }} }}, admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, \"{required.Name}\");";
        }

        if (text is not null)
        {
            yield return $"var tooLong = Sample(1);\ntooLong[\"{text.Name}\"] = new string('x', {text.MaxLength + 1});\n"
                + $"await (await _api.PostAsync(\"{url}\", new {{ {json} = tooLong }}, admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, \"{text.Name}\");";
        }

        if (typed is not null)
        {
            yield return $"await (await _api.GetAsync(\"{url}?{typed.Name}=not-a-value\", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, \"{typed.Name}\");";
        }
    }
}
