"""A thin Python client for the claimgraph gRPC service (proto/claimgraph/v1).

    import claimgraph_client
    cg = claimgraph_client.connect("127.0.0.1:50151")
    for claim in cg.claims(speaker="Samantha Power"): print(claim.said_on, claim.content)

The stubs (claimgraph.v1.*_pb2, *_pb2_grpc) are generated from proto/ by
Debian's python3-grpc-tools (clients/python/generate_stubs.sh); put their
directory on sys.path (PYTHONPATH) next to this package. Every call carries a
deadline; List and Search calls are iterators that fetch page after page.
"""
import grpc

from claimgraph.v1 import graph_pb2, service_pb2, service_pb2_grpc

__all__ = ["connect", "Client", "graph_pb2", "service_pb2"]

DEFAULT_DEADLINE_S = 10.0
PAGE_SIZE = 500


def connect(address="127.0.0.1:50151", token=None, deadline=DEFAULT_DEADLINE_S,
            root_certificates=None):
    """A Client for the server at host:port; TLS when root_certificates (PEM
    bytes) are given; `token` is sent as "authorization: Bearer" (ingest)."""
    if root_certificates is not None:
        channel = grpc.secure_channel(address, grpc.ssl_channel_credentials(root_certificates))
    else:
        channel = grpc.insecure_channel(address)
    return Client(channel, token=token, deadline=deadline)


def _enum(enum_type, value):
    """An enum value from its name in any case ("belief") or number."""
    return enum_type.Value(value.upper()) if isinstance(value, str) else value


class Client:
    """Calls of ClaimGraphService with a deadline and paging; errors are
    grpc.RpcError with the service's code and message."""

    def __init__(self, channel, token=None, deadline=DEFAULT_DEADLINE_S):
        self.channel = channel
        self.stub = service_pb2_grpc.ClaimGraphServiceStub(channel)
        self.deadline = deadline
        self.metadata = (("authorization", "Bearer " + token),) if token else ()

    def close(self):
        self.channel.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _call(self, method, request):
        return method(request, timeout=self.deadline, metadata=self.metadata)

    def _pages(self, method, request, items):
        request.page_size = PAGE_SIZE
        while True:
            response = self._call(method, request)
            yield from getattr(response, items)
            if not response.next_page_token:
                return
            request.page_token = response.next_page_token

    @staticmethod
    def _filters(request, speaker, entity, article, after, before, cue_class):
        request.speaker, request.entity, request.article = speaker, entity, article
        request.said_after, request.said_before = after, before
        request.cue_class.extend(_enum(graph_pb2.CueClass, c) for c in cue_class)
        return request

    def claims(self, speaker="", entity="", article="", after="", before="", cue_class=()):
        """Every claim matching the filters, oldest statement first (ListClaims)."""
        request = self._filters(service_pb2.ListClaimsRequest(), speaker, entity, article,
                                after, before, cue_class)
        return self._pages(self.stub.ListClaims, request, "claims")

    def search(self, query, speaker="", entity="", article="", after="", before="",
               cue_class=(), kind=()):
        """SearchClaimHit (claim, score) for each claim containing every word and
        "phrase" of `query`, best first (SearchClaims)."""
        request = self._filters(service_pb2.SearchClaimsRequest(query=query), speaker,
                                entity, article, after, before, cue_class)
        request.kind.extend(_enum(graph_pb2.ClaimKind, k) for k in kind)
        return self._pages(self.stub.SearchClaims, request, "hits")

    def claim(self, name):
        """One claim by resource name ("claims/123")."""
        return self._call(self.stub.GetClaim, service_pb2.GetClaimRequest(name=name))

    def sources(self, query=""):
        """Speakers; with `query`, every speaker the name may mean (ListSources)."""
        request = service_pb2.ListSourcesRequest(query=query)
        return self._pages(self.stub.ListSources, request, "sources")

    def contradictions(self, speaker="", entity="", claim="", type=None, after="",
                       before="", min_confidence=0.0):
        """Conflict edges (ListContradictions); type e.g. "figures_differ"."""
        request = service_pb2.ListContradictionsRequest(
            speaker=speaker, entity=entity, claim=claim, said_after=after,
            said_before=before, min_confidence=min_confidence)
        if type is not None:
            request.type = _enum(graph_pb2.EdgeType, type)
        return self._pages(self.stub.ListContradictions, request, "contradictions")

    def traverse(self, name, depth=1, max_nodes=500):
        """The Subgraph within `depth` hops of a resource or a name."""
        return self._call(self.stub.Traverse, service_pb2.TraverseRequest(
            name=name, depth=depth, max_nodes=max_nodes))

    def export(self, name, format="html", depth=1, max_nodes=500):
        """ExportSubgraphResponse (data, media_type, truncated); format graphml,
        dot, json or html."""
        return self._call(self.stub.ExportSubgraph, service_pb2.ExportSubgraphRequest(
            name=name, depth=depth, format=_enum(service_pb2.ExportFormat, format),
            max_nodes=max_nodes))


def resource_id(name):
    """The id of a resource name: resource_id("claims/12") == 12."""
    return int(name.rsplit("/", 1)[1])
