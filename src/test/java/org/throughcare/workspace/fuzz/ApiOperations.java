package org.throughcare.workspace.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API operation as the application's own OpenAPI document describes it: each query parameter and each
 * property of the JSON body (and of the objects in its lists) broken in turn — wrong JSON types, unconvertible
 * dates and numbers, huge numbers, unknown enum values, over-long and control-character strings, the version
 * left out — and the body itself malformed.
 */
final class ApiOperations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Operation(HttpMethod method, String pattern, List<JsonNode> queryParameters, JsonNode bodySchema) {
    }

    private final JsonNode document;

    ApiOperations(String openApiDocument) {
        this.document = JSON.readTree(openApiDocument);
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                JsonNode operation = entry.getValue();
                List<JsonNode> query = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("query".equals(parameter.path("in").asString())) {
                        query.add(parameter);
                    }
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(HttpMethod.valueOf(entry.getKey().toUpperCase()), path.getKey(), query,
                        body.isMissingNode() ? null : resolve(body)));
            }
        }
        return operations;
    }

    List<Probe> probes(Operation operation, FuzzWorld world, String user) {
        String uri = world.concrete(operation.pattern());
        String name = operation.method() + " " + operation.pattern();
        List<Probe> probes = new ArrayList<>();
        String plausibleBody = operation.bodySchema() == null ? null : plausible(operation.bodySchema(), world).toString();
        for (JsonNode parameter : operation.queryParameters()) {
            String parameterName = parameter.get("name").asString();
            for (String value : queryValues(resolve(parameter.path("schema")))) {
                MockHttpServletRequestBuilder request = request(operation.method(), uri).param(parameterName, value);
                probes.add(new Probe(name, user, parameterName + "=" + PageForms.abbreviated(value),
                        withBody(request, plausibleBody)));
            }
        }
        if (operation.bodySchema() == null) {
            if (probes.isEmpty()) {
                probes.add(new Probe(name, user, "as is", withBody(request(operation.method(), uri), null)));
            }
            return probes;
        }
        for (String body : List.of("{\"", "[]", "")) {
            probes.add(new Probe(name, user, "body " + body, withBody(request(operation.method(), uri), body)));
        }
        ObjectNode plausible = (ObjectNode) JSON.readTree(plausibleBody);
        breakProperties(operation.bodySchema(), plausible, plausible, "", world, name, user, uri, operation.method(), probes);
        return probes;
    }

    private void breakProperties(JsonNode schema, ObjectNode target, ObjectNode whole, String prefix, FuzzWorld world,
                                 String name, String user, String uri, HttpMethod method, List<Probe> probes) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String key = property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            JsonNode original = target.get(key);
            List<JsonNode> values = new ArrayList<>(jsonValues(propertySchema));
            if (key.equals("version") || required(schema, key)) {
                values.add(null);
            }
            for (JsonNode value : values) {
                if (value == null) {
                    target.remove(key);
                } else {
                    target.set(key, value);
                }
                String label = prefix + key + (value == null ? " left out" : "=" + PageForms.abbreviated(value.toString()));
                probes.add(new Probe(name, user, label, withBody(request(method, uri), whole.toString())));
            }
            target.set(key, original);
            if ("array".equals(propertySchema.path("type").asString()) && original instanceof ArrayNode array
                    && !array.isEmpty() && array.get(0) instanceof ObjectNode item && prefix.isEmpty()) {
                breakProperties(resolve(propertySchema.get("items")), item, whole, key + "[0].", world, name, user, uri,
                        method, probes);
            }
        }
    }

    private static boolean required(JsonNode schema, String key) {
        for (JsonNode name : schema.path("required")) {
            if (name.asString().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, String body) {
        request.with(csrf()).accept(MediaType.APPLICATION_JSON);
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private List<String> queryValues(JsonNode schema) {
        String type = schema.path("type").asString();
        if ("integer".equals(type) || "number".equals(type)) {
            return List.of("abc", "99999999999999999999999", "-1");
        }
        if ("date".equals(schema.path("format").asString())) {
            List<String> dates = new ArrayList<>(List.of("28/11/2026", "2026-02-30", "+999999999-12-31", "-999999999-01-01"));
            dates.addAll(Malformed.EXTREME_DATES);
            return dates;
        }
        if (schema.has("enum") || "uuid".equals(schema.path("format").asString())) {
            return List.of("NOT_A_VALUE");
        }
        if ("boolean".equals(type)) {
            return List.of("maybe");
        }
        return List.of(Malformed.TOO_LONG, Malformed.CONTROL);
    }

    private List<JsonNode> jsonValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.objectNode()));
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        if ("integer".equals(type) || "number".equals(type)) {
            values.addAll(List.of(NODES.stringNode("abc"), NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
        } else if ("boolean".equals(type)) {
            values.add(NODES.stringNode("maybe"));
        } else if ("array".equals(type)) {
            values.addAll(List.of(NODES.stringNode("x"), NODES.arrayNode().addNull()));
        } else if ("object".equals(type) || schema.has("properties")) {
            values.add(NODES.stringNode("x"));
        } else if ("date".equals(format)) {
            values.add(NODES.stringNode("28/11/2026"));
            Malformed.EXTREME_DATES.forEach(date -> values.add(NODES.stringNode(date)));
        } else if ("date-time".equals(format)) {
            Malformed.EXTREME_MOMENTS.forEach(moment -> values.add(NODES.stringNode(moment)));
        } else if ("uuid".equals(format) || schema.has("enum")) {
            values.add(NODES.stringNode("NOT_A_VALUE"));
        } else {
            int max = schema.path("maxLength").asInt(4999);
            values.addAll(List.of(NODES.stringNode("x".repeat(max + 1)), NODES.stringNode(Malformed.CONTROL)));
        }
        return values;
    }

    private JsonNode plausible(JsonNode schema, FuzzWorld world) {
        schema = resolve(schema);
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        if (schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            schema.get("properties").properties().forEach(p -> object.set(p.getKey(), plausible(p.getValue(), world)));
            return object;
        }
        if ("array".equals(type)) {
            return NODES.arrayNode().add(plausible(schema.get("items"), world));
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return NODES.numberNode(0);
        }
        if ("boolean".equals(type)) {
            return NODES.booleanNode(false);
        }
        if ("date".equals(format)) {
            return NODES.stringNode(LocalDate.now().toString());
        }
        if ("date-time".equals(format)) {
            // A moment that reads, so that a probe of another field reaches the operation.
            return NODES.stringNode(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        }
        if ("uuid".equals(format)) {
            return NODES.stringNode(world.organisation().toString());
        }
        return NODES.stringNode("Fuzz");
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return resolve(document.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return schema;
    }
}
