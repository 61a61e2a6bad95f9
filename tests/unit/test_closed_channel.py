"""kombu's Redis channel on a closed connection: a connection error, never AttributeError."""

from types import SimpleNamespace

import pytest
import redis
from kombu import Connection
from kombu.transport import redis as kombu_redis

from services.core.queue import make_celery
from services.core.settings import Settings


def _channel(client: object) -> kombu_redis.Channel:
    channel = kombu_redis.Channel.__new__(kombu_redis.Channel)  # no Redis needed for the address
    channel.connection = SimpleNamespace(client=client, default_port=6379)
    return channel


def test_closed_connection_is_a_connection_error_kombu_recovers_from() -> None:
    make_celery(Settings())
    with pytest.raises(redis.exceptions.ConnectionError, match="closed"):
        _channel(None)._connparams()
    connection_errors, _ = kombu_redis.get_redis_error_classes()
    assert issubclass(redis.exceptions.ConnectionError, connection_errors)


def test_open_connection_still_gives_its_address() -> None:
    make_celery(Settings())
    make_celery(Settings())  # installed once, not wrapped twice
    params = _channel(Connection("redis://10.0.0.7:6391/2"))._connparams()  # never connects
    assert (params["host"], params["port"], params["db"]) == ("10.0.0.7", 6391, 2)
