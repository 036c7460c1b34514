"""Entry point of the bundled application: the same as the ``timeline-app`` command."""

import sys

from timeline_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
