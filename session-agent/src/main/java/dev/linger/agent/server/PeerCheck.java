package dev.linger.agent.server;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

/** Who is on the other end of a local socket, and whether it is the agent's own user. */
final class PeerCheck {
    private final UserPrincipal owner;

    /** The owner of the agent's private home directory is the one user allowed in. */
    PeerCheck(Path home) throws IOException {
        this.owner = Files.getOwner(home);
    }

    /** Empty when the peer is allowed; otherwise who it is, for the refusal and the log. */
    Optional<String> refusal(SocketChannel channel) {
        UnixDomainPrincipal peer;
        try {
            peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
        } catch (UnsupportedOperationException | IOException e) {
            // The OS cannot tell (Windows): the socket's directory permissions are the guard.
            return Optional.empty();
        }
        if (peer == null) {
            return Optional.empty();
        }
        UserPrincipal user = peer.user();
        if (user.equals(owner) || user.getName().equals(owner.getName())) {
            return Optional.empty();
        }
        return Optional.of(user.getName());
    }
}
