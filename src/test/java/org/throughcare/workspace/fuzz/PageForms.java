package org.throughcare.workspace.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every page handler that takes input, as the running application maps it: its query parameters and the
 * fields of its form record (nested records and lists of them included), each broken in turn while the
 * others carry plausible values.
 */
final class PageForms {

    /**
     * A field as a form sends it; {@code list} when it is a list of records ({@code path[0].…}), {@code indexed}
     * when it is a list of values (which a hand-made request may send as {@code path[3]}).
     */
    record Field(String path, Class<?> type, boolean list, boolean indexed) {
    }

    record Form(HttpMethod method, String pattern, List<Field> fields) {
    }

    private PageForms() {
    }

    static List<Form> mapped(ApplicationContext context) {
        List<Form> forms = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (!handler.getBeanType().getPackageName().startsWith("org.throughcare")
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                        || handler.hasMethodAnnotation(ResponseBody.class)) {
                    continue;
                }
                List<Field> fields = fields(handler);
                if (fields.isEmpty()) {
                    continue;
                }
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
                        forms.add(new Form(HttpMethod.valueOf(method.name()), pattern, fields));
                    }
                }
            }
        }
        return forms;
    }

    private static List<Field> fields(HandlerMethod handler) {
        List<Field> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && type != MultipartFile.class && BeanUtils.isSimpleProperty(type)) {
                String name = !param.name().isEmpty() ? param.name() : param.value().isEmpty() ? parameter.getParameterName() : param.value();
                fields.add(new Field(name, type, false, false));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) && type.isRecord()) {
                expand("", type, fields);
            }
        }
        return fields;
    }

    private static void expand(String prefix, Class<?> record, List<Field> fields) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            Class<?> type = component.getType();
            if (type.isRecord()) {
                expand(path + ".", type, fields);
            } else if (List.class.isAssignableFrom(type)) {
                Class<?> element = elementOf(component.getGenericType());
                if (element.isRecord()) {
                    fields.add(new Field(path, element, true, false));
                    expand(path + "[0].", element, fields);
                } else {
                    fields.add(new Field(path, element, false, true));
                }
            } else {
                fields.add(new Field(path, type, false, false));
            }
        }
    }

    private static Class<?> elementOf(Type type) {
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        return element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
    }

    /** The form broken one field at a time, then its lists with indexes no page sends, then sent empty. */
    static List<Probe> probes(Form form, FuzzWorld world, String user) {
        String uri = world.concrete(form.pattern());
        String operation = form.method() + " " + form.pattern();
        Map<String, String> plausible = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            if (!field.list()) {
                plausible.put(field.path(), world.plausible(field.type()));
            }
        }
        List<Probe> probes = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.list()) {
                String first = form.fields().stream().filter(f -> f.path().startsWith(field.path() + "[0]."))
                        .findFirst().orElseThrow().path().substring(field.path().length() + 3);
                for (String index : Malformed.INDEXES) {
                    Map<String, String> params = new LinkedHashMap<>(plausible);
                    params.put(field.path() + "[" + index + "]." + first, "Fuzz");
                    probes.add(new Probe(operation, user, field.path() + "[" + index + "]", send(form.method(), uri, params)));
                }
                continue;
            }
            if (field.indexed()) {
                for (String index : Malformed.INDEXES) {
                    Map<String, String> params = new LinkedHashMap<>(plausible);
                    params.remove(field.path());
                    params.put(field.path() + "[" + index + "]", world.plausible(field.type()));
                    probes.add(new Probe(operation, user, field.path() + "[" + index + "]", send(form.method(), uri, params)));
                }
            }
            for (String value : Malformed.textFor(field.type())) {
                Map<String, String> params = new LinkedHashMap<>(plausible);
                params.put(field.path(), value);
                probes.add(new Probe(operation, user, field.path() + "=" + abbreviated(value), send(form.method(), uri, params)));
            }
        }
        probes.add(new Probe(operation, user, "nothing sent", send(form.method(), uri, Map.of())));
        return probes;
    }

    private static MockHttpServletRequestBuilder send(HttpMethod method, String uri, Map<String, String> params) {
        MockHttpServletRequestBuilder request = request(method, uri).with(csrf());
        params.forEach(request::param);
        return request;
    }

    static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 8) + "…(" + value.length() + ")" : value.replace("\u0000", "\\0");
    }
}
