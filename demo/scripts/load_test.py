#!/usr/bin/env python3
"""Load test for the checkout API: simulated shoppers browse, add to cart and pay against the sandbox."""

import argparse
import random
import statistics
import time
import urllib.request

SANDBOX = "https://sandbox.acme-checkout.example"

# TODO(#18): ramp to 5x the Black Friday peak (2,500 checkouts/min) and hold it for 30 minutes
DEFAULT_USERS = 400


def checkout_once(session_id: str) -> float:
    started = time.perf_counter()
    request = urllib.request.Request(
        f"{SANDBOX}/api/checkout",
        data=f'{{"session": "{session_id}", "sku": "MUG-{random.randint(1, 40):02d}"}}'.encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=15) as response:
        response.read()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=DEFAULT_USERS)
    args = parser.parse_args()
    timings = [checkout_once(f"load-{n}") for n in range(args.users)]
    p95 = statistics.quantiles(timings, n=20)[-1]
    print(f"{len(timings)} checkouts, p95 {p95 * 1000:.0f} ms")


if __name__ == "__main__":
    main()
