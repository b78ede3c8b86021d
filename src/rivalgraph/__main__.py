"""`python -m rivalgraph`: the same CLI as the `rivalgraph` command."""

from rivalgraph.cli import main

main()
