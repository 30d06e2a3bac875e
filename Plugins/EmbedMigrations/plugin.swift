import Foundation
import PackagePlugin

/// Embeds every `Migrations/NNNN_name.sql` file of the package into the target as Swift source,
/// so an installed `kbk` binary migrates a database with no files beside it. The province's
/// PostgreSQL schema has numbered migrations of its own, in `Migrations/province/`.
@main
struct EmbedMigrations: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(
            path: target.name == "KBKProvince" ? "Migrations/province" : "Migrations")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path())
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMigrations.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) migrations",
                executable: try context.tool(named: "MigrationEmbedder").url,
                // The file list is part of the arguments so that adding or removing a file reruns the command.
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
