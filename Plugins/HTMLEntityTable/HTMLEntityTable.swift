import Foundation
import PackagePlugin

/// Generates the HTML5 named character reference table for ArticleParsing at build time, from the
/// copy of the HTML standard's table that Python's standard library carries (html.entities.html5),
/// so the 2,000-odd names are neither typed by hand nor committed.
@main
struct HTMLEntityTable: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let script = context.package.directoryURL.appending(path: "Plugins/HTMLEntityTable/html_entities.py")
        let output = context.pluginWorkDirectoryURL.appending(path: "HTML5Entities.swift")
        return [
            .buildCommand(
                displayName: "Generating the HTML5 entity table (python3, html.entities)",
                executable: URL(fileURLWithPath: "/usr/bin/env"),
                arguments: ["python3", script.path, output.path],
                inputFiles: [script],
                outputFiles: [output]
            )
        ]
    }
}
