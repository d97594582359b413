"""What the room sees: the stage view, its fitting and painting, the projector, the screens."""
