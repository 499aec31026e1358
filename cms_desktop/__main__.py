"""`python -m cms_desktop` starts the window, like the `cms-desktop` command."""

from cms_desktop.gui.launch import main

raise SystemExit(main())
