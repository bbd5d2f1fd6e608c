package org.scriptorium.publishers.facebook;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.MultipartReader;
import okio.Buffer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How {@link FakeGraph} reads requests and writes answers: Graph's form and multipart fields, its times, its JSON and error objects. */
final class GraphWire {
    private GraphWire() {
    }

    static Map<String, String> params(RecordedRequest request, Map<String, FakeGraph.Upload> files) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getUrl().queryParameterNames().forEach(n -> params.put(n, request.getUrl().queryParameter(n)));
        String type = request.getHeaders().get("Content-Type");
        if (request.getBody() == null || type == null) {
            return params;
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : request.getBody().utf8().split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        } else if (type.startsWith("multipart/form-data")) {
            readMultipart(request, type.substring(type.indexOf("boundary=") + 9), params, files);
        }
        return params;
    }

    static void readMultipart(RecordedRequest request, String boundary, Map<String, String> params, Map<String, FakeGraph.Upload> files) {
        Pattern name = Pattern.compile("name=\"([^\"]*)\"");
        Pattern filename = Pattern.compile("filename=\"([^\"]*)\"");
        try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody()), boundary)) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = part.headers().get("Content-Disposition");
                Matcher n = name.matcher(disposition);
                Matcher f = filename.matcher(disposition);
                n.find();
                if (f.find()) {
                    files.put(n.group(1), new FakeGraph.Upload(f.group(1), part.headers().get("Content-Type"), part.body().readByteString().size()));
                } else {
                    params.put(n.group(1), part.body().readUtf8());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String graphTime(Instant time) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC).format(time);
    }

    static MockResponse ok(String json) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json).build();
    }

    static MockResponse error(int status, int code, String message) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":" + quote(message) + ",\"type\":\"OAuthException\",\"code\":" + code + ",\"fbtrace_id\":\"AbCdEf123\"}}")
                .build();
    }

    /** Graph's answer for an id it does not know (or no longer has): code 100, subcode 33. */
    static MockResponse noSuchObject(String method, String id) {
        return new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":" + quote("Unsupported " + method.toLowerCase(java.util.Locale.ROOT) + " request. Object with ID '" + id
                        + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation.")
                        + ",\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":33,\"fbtrace_id\":\"AbCdEf123\"}}").build();
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
