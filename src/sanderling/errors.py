"""One base exception for the whole library; each says what failed and the fix."""


class SanderlingError(Exception):
    status = 500


class BadInput(SanderlingError):
    """A record that cannot be coded: empty, binary, not UTF-8, not English, too big, bad JSON."""
    status = 400


class ModelMissing(SanderlingError):
    status = 500
