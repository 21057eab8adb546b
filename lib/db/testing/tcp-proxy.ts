import net from "node:net";

export interface TcpProxy {
  port: number;
  /** Drops every open connection and refuses new ones, as when the server behind it goes away. */
  cut(): void;
  /** Keeps connections open but forwards nothing either way, as when the server stops answering (what is sent meanwhile is lost). */
  stall(): void;
  /** Forwards new connections again. */
  restore(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a server (Postgres, Redis), so a test can take the server away from the
 * code under test and give it back without touching the server itself.
 */
export function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let state: "open" | "cut" | "stall" = "open";
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const server = net.createServer((client) => {
    track(client);
    if (state === "cut") return client.resetAndDestroy();
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    const forward = (from: net.Socket, to: net.Socket) =>
      from.on("data", (chunk) => {
        if (state === "open") to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });

  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        port,
        cut() {
          state = "cut";
          for (const socket of sockets) socket.resetAndDestroy();
        },
        stall() {
          state = "stall";
        },
        restore() {
          state = "open";
        },
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
