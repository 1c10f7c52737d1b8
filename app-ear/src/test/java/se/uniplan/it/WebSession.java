package se.uniplan.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A logged-in HTTP session against the deployed application, as a browser has it: the server's
 * form login, its session cookie, and the same pages and REST calls.
 */
public final class WebSession {

    private final HttpClient client;
    private final String base;

    private WebSession() {
        // HTTP/1.1: a long request (a large ledger load with wait=true) must not meet HTTP/2's idle timeout
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        this.base = Deployments.baseUrl();
    }

    /** A session that has not logged in. */
    public static WebSession anonymous() {
        return new WebSession();
    }

    /** A session logged in through the login form as {@code user}. */
    public static WebSession login(DemoUser user) {
        return login(user.username, DemoUser.PASSWORD);
    }

    public static WebSession login(String username, String password) {
        WebSession session = new WebSession();
        HttpResponse<String> page = session.get("/index.xhtml");
        if (!page.body().contains("j_security_check")) {
            throw new IllegalStateException("expected the login page, got " + page.statusCode());
        }
        HttpResponse<String> after = session.post("/j_security_check",
                "j_username=" + enc(username) + "&j_password=" + enc(password));
        if (after.body().contains("j_security_check")) {
            throw new IllegalStateException("login failed for " + username);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept-Language", "sv").build());
    }

    public HttpResponse<String> getJson(String path, String language) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json")
                .header("Accept-Language", language).build());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json").build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json").build());
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().header("Accept", "application/json").build());
    }

    /** A binary download, such as a plan's xlsx file. */
    public HttpResponse<byte[]> getBytes(String path) {
        return sendBytes(HttpRequest.newBuilder(uri(path)).GET().header("Accept-Language", "sv").build());
    }

    /** Posts a file as the request body; {@code headers} are name, value pairs. */
    public HttpResponse<String> postBytes(String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).header("Accept", "application/json").header("Accept-Language", "sv");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded").build());
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
