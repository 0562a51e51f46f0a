using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KpiDashboard.Web.Features.ReadApi;

/// <summary>Tells readers of the OpenAPI document how the API is authorised: <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
internal sealed class ApiKeyDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key made by an Admin (or with the create-api-key command), sent as Authorization: Bearer <key>. " +
                "A key acts with its user's roles: reading needs any role, POST /api/v1/imports needs Analyst. Without a key the API answers 401.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
