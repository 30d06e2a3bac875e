import KBKDomain
import KBKPresentation

/// `kbk completion bash|zsh|fish`: shell completion generated from the command tree, so that it
/// can never offer a command or an option the parser does not take. Every script walks the words
/// typed so far the way the parser does (skipping each option's value) to find the command, then
/// offers its subcommands, its options, or an option's values (choices, formats, files).
enum CompletionCommand {
    enum Shell: String, CaseIterable {
        case bash, zsh, fish
    }

    static let spec = CommandSpec(
        name: "completion", abstract: Msg.completionAbstract, discussion: Msg.completionDiscussion,
        arguments: [.choice("shell", Shell.self, help: Msg.completionShell)],
        examples: [
            "kbk completion bash > /etc/bash_completion.d/kbk",
            "kbk completion zsh > \"${fpath[1]}/_kbk\"",
            "kbk completion fish > ~/.config/fish/completions/kbk.fish",
        ],
        run: { invocation in
            let shell: Shell = try invocation.parse(invocation.argument(0) ?? "") { (t: String) throws(DomainError) in
                try parseChoice(t, field: "shell")
            }
            let tree = CompletionTree(root: KBKCLI.rootCommand, language: invocation.language)
            let script =
                switch shell {
                case .bash: tree.bash()
                case .zsh: tree.zsh()
                case .fish: tree.fish()
                }
            return .text(script)
        })
}

/// The command tree flattened for the scripts: one node per command, keyed by its path ("kbk
/// complaint new").
struct CompletionTree {
    struct Option {
        let name: String
        let help: String
        let takesValue: Bool
        /// The values offered after it; empty with `files` false means free text.
        let choices: [String]
        let files: Bool
    }

    struct Node {
        let path: String
        let subcommands: [(name: String, help: String)]
        let options: [Option]
        let fileArguments: Bool
    }

    let nodes: [Node]

    init(root: CommandSpec, language: Language) {
        var nodes: [Node] = []
        func visit(_ command: CommandSpec, _ path: [String]) {
            let key = path.joined(separator: " ")
            var options = command.options.map { option in
                Option(
                    name: option.name, help: option.help(language), takesValue: !option.isFlag,
                    choices: option.choices,
                    files: ["file", "path", "dir"].contains(option.valueName ?? ""))
            }
            if !command.formats.isEmpty {
                options.append(
                    Option(
                        name: "format", help: Msg.formatOption(language), takesValue: true,
                        choices: command.formats.map(\.rawValue), files: false))
            }
            for global in GlobalOption.allCases where global != .format && command.option(named: global.rawValue) == nil
            {
                let choices: [String] =
                    switch global {
                    case .lang: ["id", "en"]
                    case .tz: ["WIB", "WITA", "WIT"]
                    case .db, .onBehalfOf, .format: []
                    }
                options.append(
                    Option(
                        name: global.rawValue, help: global.help(language), takesValue: true, choices: choices,
                        files: global == .db))
            }
            options.append(
                Option(name: "help", help: Msg.helpOption(language), takesValue: false, choices: [], files: false))
            nodes.append(
                Node(
                    path: key, subcommands: command.subcommands.map { ($0.name, $0.abstract(language)) },
                    options: options, fileArguments: command.arguments.contains { $0.name == "file" }))
            for sub in command.subcommands { visit(sub, path + [sub.name]) }
        }
        visit(root, [root.name])
        self.nodes = nodes
    }

    /// A word list for a shell's single-quoted string: no quote can end it early.
    static func quoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }

    private static func words(_ list: [String]) -> String { quoted(list.joined(separator: " ")) }

    /// The tables both bash and zsh scripts read: subcommands, options, options with a value, and
    /// the values of an option ("PATH --option").
    private func tables(declare: String) -> String {
        var out = ""
        for (table, entries) in [
            ("subcommands", nodes.map { ($0.path, $0.subcommands.map(\.name)) }),
            ("options", nodes.map { ($0.path, $0.options.map { "--" + $0.name }) }),
            ("valued", nodes.map { ($0.path, $0.options.filter(\.takesValue).map { "--" + $0.name }) }),
        ] {
            out += "\(declare) _kbk_\(table)=(\n"
            for (path, list) in entries { out += "    [\(Self.quoted(path))]=\(Self.words(list))\n" }
            out += ")\n"
        }
        out += "\(declare) _kbk_values=(\n"
        for node in nodes {
            for option in node.options where option.takesValue && (!option.choices.isEmpty || option.files) {
                let value = option.files ? "@files" : option.choices.joined(separator: " ")
                out += "    [\(Self.quoted("\(node.path) --\(option.name)"))]=\(Self.quoted(value))\n"
            }
        }
        out += ")\n"
        out += "\(declare) _kbk_file_arguments=(\n"
        for node in nodes where node.fileArguments { out += "    [\(Self.quoted(node.path))]=1\n" }
        out += ")\n"
        return out
    }

    func bash() -> String {
        """
        # bash completion for kbk, generated by `kbk completion bash` from kbk \(KBKCLI.version)'s command tree.
        # Install: kbk completion bash > /etc/bash_completion.d/kbk (or source it from ~/.bashrc).
        \(tables(declare: "declare -gA"))
        _kbk() {
            local cur=${COMP_WORDS[COMP_CWORD]} prev=""
            local path=kbk word i
            for ((i = 1; i < COMP_CWORD; i++)); do
                word=${COMP_WORDS[i]}
                if [[ $word == --*=* ]]; then continue; fi
                if [[ $word == -* ]]; then
                    if [[ " ${_kbk_valued[$path]} " == *" $word "* ]]; then
                        if ((i == COMP_CWORD - 1)); then prev=$word; fi
                        ((i++))
                    fi
                    continue
                fi
                if [[ " ${_kbk_subcommands[$path]} " == *" $word "* ]]; then path="$path $word"; fi
            done
            COMPREPLY=()
            if [[ -n $prev ]]; then
                local values=${_kbk_values["$path $prev"]}
                if [[ $values == @files ]]; then
                    COMPREPLY=($(compgen -f -- "$cur"))
                elif [[ -n $values ]]; then
                    COMPREPLY=($(compgen -W "$values" -- "$cur"))
                fi
                return 0
            fi
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "${_kbk_options[$path]}" -- "$cur"))
            elif [[ -n ${_kbk_subcommands[$path]} ]]; then
                COMPREPLY=($(compgen -W "${_kbk_subcommands[$path]}" -- "$cur"))
            elif [[ -n ${_kbk_file_arguments[$path]} ]]; then
                COMPREPLY=($(compgen -f -- "$cur"))
            fi
            return 0
        }
        complete -o default -F _kbk kbk

        """
    }

    func zsh() -> String {
        var described = "typeset -gA _kbk_described\n_kbk_described=(\n"
        for node in nodes where !node.subcommands.isEmpty {
            let lines = node.subcommands.map { "\($0.name):\($0.help.replacing(":", with: "\\:"))" }
            described += "    \(Self.quoted(node.path)) \(Self.quoted(lines.joined(separator: "\n")))\n"
        }
        described += ")\n"
        return """
            #compdef kbk
            # zsh completion for kbk, generated by `kbk completion zsh` from kbk \(KBKCLI.version)'s command tree.
            # Install: kbk completion zsh > "${fpath[1]}/_kbk", then start a new shell (compinit).
            \(tables(declare: "typeset -gA"))\(described)
            _kbk() {
                local cur=${words[CURRENT]} prev="" path=kbk word
                local -i i
                for ((i = 2; i < CURRENT; i++)); do
                    word=${words[i]}
                    if [[ $word == --*=* ]]; then continue; fi
                    if [[ $word == -* ]]; then
                        if [[ " ${_kbk_valued[$path]} " == *" $word "* ]]; then
                            if ((i == CURRENT - 1)); then prev=$word; fi
                            ((i++))
                        fi
                        continue
                    fi
                    if [[ " ${_kbk_subcommands[$path]} " == *" $word "* ]]; then path="$path $word"; fi
                done
                if [[ -n $prev ]]; then
                    local values=${_kbk_values[$path $prev]}
                    if [[ $values == @files ]]; then
                        _files
                    elif [[ -n $values ]]; then
                        compadd -- ${=values}
                    fi
                    return
                fi
                if [[ $cur == -* ]]; then
                    compadd -- ${=_kbk_options[$path]}
                elif [[ -n ${_kbk_described[$path]} ]]; then
                    local -a described
                    described=("${(@f)_kbk_described[$path]}")
                    _describe 'command' described
                elif [[ -n ${_kbk_file_arguments[$path]} ]]; then
                    _files
                fi
            }
            if [[ $funcstack[1] == _kbk ]]; then _kbk "$@"; else compdef _kbk kbk; fi

            """
    }

    func fish() -> String {
        func quoted(_ text: String) -> String {
            "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
        }
        var out = """
            # fish completion for kbk, generated by `kbk completion fish` from kbk \(KBKCLI.version)'s command tree.
            # Install: kbk completion fish > ~/.config/fish/completions/kbk.fish

            function __kbk_table --argument-names table path
                switch "$table $path"

            """
        for node in nodes {
            for (table, list) in [
                ("subcommands", node.subcommands.map(\.name)),
                ("valued", node.options.filter(\.takesValue).map { "--" + $0.name }),
            ] where !list.isEmpty {
                out +=
                    "        case \(quoted("\(table) \(node.path)"))\n            printf '%s\\n' \(list.joined(separator: " "))\n"
            }
        }
        out += """
                end
            end

            # The command typed so far ("kbk complaint new"), each option's value skipped as the parser does.
            function __kbk_path
                set -l path kbk
                set -l skip 0
                for token in (commandline -opc)[2..-1]
                    if test $skip = 1
                        set skip 0
                        continue
                    end
                    if string match -q -- '--*=*' $token
                        continue
                    else if string match -q -- '-*' $token
                        contains -- $token (__kbk_table valued $path); and set skip 1
                    else if contains -- $token (__kbk_table subcommands $path)
                        set path "$path $token"
                    end
                end
                echo $path
            end

            function __kbk_at --argument-names path
                test (__kbk_path) = $path
            end

            complete -c kbk -f

            """
        for node in nodes {
            let condition = quoted("__kbk_at \(quoted(node.path))")
            for sub in node.subcommands {
                out += "complete -c kbk -n \(condition) -a \(sub.name) -d \(quoted(sub.help))\n"
            }
            for option in node.options {
                var line = "complete -c kbk -n \(condition) -l \(option.name) -d \(quoted(option.help))"
                if option.files {
                    line += " -r -F"
                } else if !option.choices.isEmpty {
                    line += " -x -a \(quoted(option.choices.joined(separator: " ")))"
                } else if option.takesValue {
                    line += " -x"
                }
                out += line + "\n"
            }
            if node.fileArguments { out += "complete -c kbk -n \(condition) -F\n" }
        }
        return out
    }
}
