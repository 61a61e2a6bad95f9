"""One router per resource; app.py assembles them. Routes only take parameters through
dependencies and call the service."""
