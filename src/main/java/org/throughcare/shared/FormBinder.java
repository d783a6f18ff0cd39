package org.throughcare.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.PropertyEditorRegistrar;
import org.springframework.http.HttpStatus;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * The binder every form goes through. Forms are records built through their constructor, and Spring keeps
 * the errors of a value it could not convert (a date typed {@code 28/11/2026}, a version {@code abc}) in a
 * result that has no form at all: the page would be shown again around a null form and break off half-way.
 * Here the form is still built, without the values that could not be converted, and those values come back
 * as field errors ({@code typeMismatch.*} messages) holding what the user typed, so the page shows it again
 * with the reason at the field. List indexes that no page sends (gaps, negative, not numbers, past the
 * limit) are refused as a bad request before anything is built.
 */
class FormBinder extends ExtendedServletRequestDataBinder {

    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

    private AbstractPropertyBindingResult rebuilt;

    FormBinder(Object target, String objectName) {
        super(target, objectName);
    }

    @Override
    public void construct(ValueResolver values) {
        refuseMalformedIndexes(values, getAutoGrowCollectionLimit());
        super.construct(values);
        AbstractPropertyBindingResult result = super.getInternalBindingResult();
        if (getTarget() != null && result.getTarget() == null) {
            rebuilt = createBeanPropertyBindingResult();
            if (getSimpleTypeConverter() instanceof PropertyEditorRegistrar editors) {
                editors.registerCustomEditors(rebuilt.getPropertyAccessor());
            }
            rebuilt.addAllErrors(result);
        }
    }

    @Override
    protected AbstractPropertyBindingResult getInternalBindingResult() {
        return rebuilt != null ? rebuilt : super.getInternalBindingResult();
    }

    /** A record is complete once constructed; setting its properties afterwards could only fail. */
    @Override
    protected boolean shouldNotBindPropertyValues() {
        return (getTarget() != null && getTarget().getClass().isRecord()) || super.shouldNotBindPropertyValues();
    }

    /**
     * Every list in a form is sent as {@code name[0]}, {@code name[1]} … without gaps. Anything else comes
     * from a hand-made request and would otherwise end in an index error deep inside the binder.
     */
    static void refuseMalformedIndexes(ValueResolver values, int limit) {
        Map<String, TreeSet<Integer>> indexes = new HashMap<>();
        for (String name : values.getNames()) {
            Matcher matcher = INDEX.matcher(name);
            while (matcher.find()) {
                String index = matcher.group(1);
                if (!index.matches("[0-9]{1,9}") || Integer.parseInt(index) >= limit) {
                    throw malformed();
                }
                indexes.computeIfAbsent(name.substring(0, matcher.start()), k -> new TreeSet<>())
                        .add(Integer.parseInt(index));
            }
        }
        for (TreeSet<Integer> list : indexes.values()) {
            if (list.last() != list.size() - 1) {
                throw malformed();
            }
        }
    }

    private static ResponseStatusException malformed() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "list indexes must run from 0 without gaps");
    }
}
