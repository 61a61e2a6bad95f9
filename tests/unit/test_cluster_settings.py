"""Settings for a cluster: a list of nodes, shards and replicas at index creation, worker hosts."""

from services.core.index import index_settings
from services.core.settings import Settings


def test_one_url_is_a_list_of_one_node():
    assert Settings(elasticsearch_url="http://127.0.0.1:9200").elasticsearch_hosts == ["http://127.0.0.1:9200"]


def test_a_comma_separated_url_lists_every_node():
    s = Settings(elasticsearch_url="http://a:9200, http://b:9200,http://c:9200,")
    assert s.elasticsearch_hosts == ["http://a:9200", "http://b:9200", "http://c:9200"]


def test_shards_and_replicas_default_to_one_node_and_reach_the_index(monkeypatch):
    assert index_settings(Settings())["number_of_shards"] == 1
    assert index_settings(Settings())["number_of_replicas"] == 0
    monkeypatch.setenv("NEWSROOM_ES_SHARDS", "3")
    monkeypatch.setenv("NEWSROOM_ES_REPLICAS", "1")
    got = index_settings(Settings())
    assert (got["number_of_shards"], got["number_of_replicas"]) == (3, 1)


def test_worker_host_names_the_celery_node():
    s = Settings(index_prefix="x", worker_host="host-a")
    assert s.names.worker_hostname(s.worker_host) == "x-worker@host-a"
