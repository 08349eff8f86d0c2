import ArgumentParser
import Glean

/// `glean list`: the registered extractors.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the available extractors.")

    func run() throws {
        let all = GleanCommandLine.registry.all
        let width = all.map { $0.description.id.count }.max() ?? 0
        for type in all {
            let d = type.description
            print(d.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + d.summary)
        }
    }
}

import Foundation
