#!/usr/bin/env python3
"""Slow clients: COUNT connections that each send a request head one header line every INTERVAL seconds and
never finish it, for SECONDS seconds. A connection the server closes is opened again, as a determined client
would. Connections come from SOURCE (another loopback address, so that a proxy's per-address limits can tell
them from the readers). Prints every 10 s how many are open, then a summary line:
RESULT max_open=N closed_by_server=N connect_failures=N longest_held_s=N
Usage: slow-clients.py HOST PORT COUNT INTERVAL SECONDS SOURCE"""
import asyncio
import sys
import time

host, port, count, interval, seconds, source = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), \
    float(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
state = {"open": 0, "max_open": 0, "closed": 0, "failed": 0, "longest": 0.0}
deadline = time.monotonic() + seconds
opening = asyncio.Semaphore(200)  # connections being opened at once


async def hold(number):
    while time.monotonic() < deadline:
        try:
            async with opening:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(host, port, local_addr=(source, 0)), 10)
        except (OSError, asyncio.TimeoutError):
            state["failed"] += 1
            await asyncio.sleep(1)
            continue
        opened = time.monotonic()
        state["open"] += 1
        state["max_open"] = max(state["max_open"], state["open"])
        closed_by_server = False
        try:
            writer.write(f"GET /zh-tw/search?q={number} HTTP/1.1\r\nHost: {host}\r\n".encode())
            await writer.drain()
            line = 0
            while time.monotonic() < deadline:
                try:
                    data = await asyncio.wait_for(reader.read(4096),
                                                  min(interval, max(0.1, deadline - time.monotonic())))
                    if not data:
                        closed_by_server = True
                        break
                except asyncio.TimeoutError:
                    line += 1
                    writer.write(f"X-Slow-{line}: {line}\r\n".encode())
                    await writer.drain()
        except OSError:
            closed_by_server = True
        state["open"] -= 1
        state["longest"] = max(state["longest"], time.monotonic() - opened)
        if closed_by_server:
            state["closed"] += 1
        writer.close()


async def report():
    while time.monotonic() < deadline:
        await asyncio.sleep(10)
        print(f"  slow clients: {state['open']} open, {state['closed']} closed by the server, "
              f"{state['failed']} failed to connect", flush=True)


async def main():
    await asyncio.gather(report(), *(hold(n) for n in range(count)))
    print(f"RESULT max_open={state['max_open']} closed_by_server={state['closed']} "
          f"connect_failures={state['failed']} longest_held_s={state['longest']:.0f}", flush=True)


asyncio.run(main())
