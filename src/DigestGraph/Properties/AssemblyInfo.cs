using System.Runtime.CompilerServices;

// The tests and benchmarks reach the library's internals; a library user sees only its public surface.
[assembly: InternalsVisibleTo("DigestGraph.Tests")]
[assembly: InternalsVisibleTo("DigestGraph.IntegrationTests")]
[assembly: InternalsVisibleTo("DigestGraph.Benchmarks")]
