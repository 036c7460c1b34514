"""Chronicle: turn news articles into a zoomable timeline."""

__version__ = "0.1.0"

APP_NAME = "Chronicle"
APP_ID = "org.chronicletimeline.Chronicle"
