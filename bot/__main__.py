"""`python -m bot` is the same as the `reportbot` command."""

from bot.cli import main

raise SystemExit(main())
