package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"
)

// bashCompletion asks rasd itself for candidates (urfave/cli's
// --generate-bash-completion) and falls back to file names.
const bashCompletion = `# rasd bash completion: source <(rasd completion bash)
_rasd_complete() {
  local cur="${COMP_WORDS[COMP_CWORD]}" opts
  if [[ "$cur" == -* ]]; then
    opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -o bashdefault -o default -F _rasd_complete rasd
`

// zshCompletion is the zsh version of bashCompletion.
const zshCompletion = `#compdef rasd
# rasd zsh completion: source <(rasd completion zsh)
_rasd() {
  local -a opts
  local cur=${words[-1]}
  if [[ "$cur" == -* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion)}")
  fi
  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}
compdef _rasd rasd
`

// completionCommand is "rasd completion SHELL".
func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script (bash, zsh or fish)",
		ArgsUsage: "SHELL",
		UsageText: "rasd completion bash|zsh|fish\n\n   source <(rasd completion bash)    # in ~/.bashrc\n   rasd completion fish > ~/.config/fish/completions/rasd.fish",
		Action: func(c *cli.Context) error {
			return writeCompletion(c.App, c.Args().First(), c.App.Writer)
		},
	}
}

// writeCompletion writes the completion script for shell.
func writeCompletion(app *cli.App, shell string, w io.Writer) error {
	switch shell {
	case "bash":
		_, err := io.WriteString(w, bashCompletion)
		return err
	case "zsh":
		_, err := io.WriteString(w, zshCompletion)
		return err
	case "fish":
		s, err := app.ToFishCompletion()
		if err != nil {
			return fmt.Errorf("fish completion: %w", err)
		}
		_, err = io.WriteString(w, s)
		return err
	case "":
		return usageError{fmt.Errorf("completion: name a shell: bash, zsh or fish")}
	}
	return usageError{fmt.Errorf("completion: unknown shell %q (known: bash, zsh, fish)", shell)}
}
