"""Registered later."""


def register(subparsers):
    pass
