"""`python -m factcheck.web [--host H] [--port P]`: the same server as `factcheck serve`."""
from __future__ import annotations

import argparse

from . import DEFAULT_MAX_BODY, DEFAULT_TIME_LIMIT, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factcheck.web", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--max-body", type=int, default=DEFAULT_MAX_BODY, metavar="BYTES",
                        help="largest request body accepted (default: %(default)s)")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                        help="longest a check may take (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=0, help="checks run at once (default: CPUs)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    args = parser.parse_args(argv)
    return serve(args.host, args.port, max_body=args.max_body, time_limit=args.time_limit,
                 workers=args.workers, log_level=args.log_level)


if __name__ == "__main__":
    raise SystemExit(main())
