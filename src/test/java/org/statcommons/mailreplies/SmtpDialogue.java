package org.statcommons.mailreplies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A raw SMTP conversation with the listener, one command and its whole answer at a time, so that a test sees the
 * exact reply codes a sending mail host would.
 */
final class SmtpDialogue implements AutoCloseable {

    private Socket socket;
    private BufferedReader in;
    private Writer out;

    SmtpDialogue(int port) throws IOException {
        connect(new Socket("127.0.0.1", port));
        assertThat(answer()).startsWith("220");
    }

    private void connect(Socket to) throws IOException {
        socket = to;
        socket.setSoTimeout(30_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
    }

    /** Sends one command (or a whole message's data ending in its "."), returns the last line of the answer. */
    String say(String command) throws IOException {
        out.write(command + "\r\n");
        out.flush();
        return answer();
    }

    /** Every line of the answer to EHLO: the extensions the listener offers. */
    String hello(String name) throws IOException {
        out.write("EHLO " + name + "\r\n");
        out.flush();
        return String.join("\n", lines());
    }

    /** STARTTLS, then the TLS handshake trusting {@code tls}: the conversation goes on encrypted. */
    SSLSocket startTls(SSLContext tls) throws IOException {
        assertThat(say("STARTTLS")).startsWith("220");
        SSLSocket encrypted =
                (SSLSocket) tls.getSocketFactory().createSocket(socket, "127.0.0.1", socket.getPort(), true);
        encrypted.startHandshake();
        connect(encrypted);
        return encrypted;
    }

    /** The last line of a reply. */
    private String answer() throws IOException {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }

    /** The lines of one reply ("250-…" lines go on, "250 …" ends it). */
    private List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = in.readLine();
            lines.add(String.valueOf(line));
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
        return lines;
    }

    /** Waits (up to the read time-out) for the listener to close the connection; true when it did. */
    boolean closedByListener() throws IOException {
        try {
            return in.readLine() == null;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.write("QUIT\r\n");
            out.flush();
        } catch (IOException closed) {
            // the listener closed it first
        } finally {
            socket.close();
        }
    }
}
