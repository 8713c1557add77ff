package fr.heurecivique.defaults.apidocs;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the service's own security rules ({@code AccessRules}, in its {@link SecurityFilterChain}) let an anonymous
 * caller through to an endpoint: the rules are asked, with a sample request of the endpoint's method and path, the
 * same question the chain asks of every request. So the description of the 401 and 403 answers follows the rules as
 * they are, not a copy of them.
 */
final class OpenAccess {

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("api-docs", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final ObjectProvider<RequestMappingHandlerMapping> handlerMappings;
    private final ObjectProvider<SecurityFilterChain> chains;

    OpenAccess(ObjectProvider<RequestMappingHandlerMapping> handlerMappings, ObjectProvider<SecurityFilterChain> chains) {
        this.handlerMappings = handlerMappings;
        this.chains = chains;
    }

    /** An endpoint: an HTTP method and a path pattern ({@code /api/volunteers/{id}}). */
    record Mapping(String method, String pattern) {

        /** The names of its path variables. */
        Set<String> variables() {
            Set<String> names = new java.util.HashSet<>();
            java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{([^}:]+)[^}]*}").matcher(pattern);
            while (variable.find()) {
                names.add(variable.group(1));
            }
            return names;
        }

        /** The pattern with sample values: an INSEE code for a commune, an id otherwise. */
        String samplePath() {
            return pattern.replaceAll("\\{[^}]*insee[^}]*}", "17300")
                    .replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        }
    }

    List<Mapping> mappingsOf(HandlerMethod handlerMethod) {
        List<Mapping> mappings = new ArrayList<>();
        handlerMappings.orderedStream().forEach(handlerMapping -> handlerMapping.getHandlerMethods()
                .forEach((info, method) -> {
                    if (method.getMethod().equals(handlerMethod.getMethod())) {
                        mappings.addAll(mappingsOf(info));
                    }
                }));
        return mappings;
    }

    private static List<Mapping> mappingsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<Mapping> mappings = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (methods.isEmpty()) {
                mappings.add(new Mapping("GET", pattern));
            }
            methods.forEach(method -> mappings.add(new Mapping(method.name(), pattern)));
        }
        return mappings;
    }

    /** Whether the security rules let an anonymous caller through (true where the service has no rules). */
    boolean allowsAnonymous(Mapping mapping) {
        HttpServletRequest request = sampleRequest(mapping.method(), mapping.samplePath());
        for (SecurityFilterChain chain : chains.orderedStream().toList()) {
            if (!chain.matches(request)) {
                continue;
            }
            for (Filter filter : chain.getFilters()) {
                if (filter instanceof AuthorizationFilter authorization) {
                    try {
                        AuthorizationResult result = authorization.getAuthorizationManager()
                                .authorize(() -> ANONYMOUS, request);
                        return result != null && result.isGranted();
                    } catch (RuntimeException e) {
                        return false; // a rule that needs more than an anonymous caller has
                    }
                }
            }
            return true;
        }
        return true;
    }

    /** A request with a method and a path and nothing else (no header, parameter or body), for the rules. */
    static HttpServletRequest sampleRequest(String method, String path) {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletMapping servletMapping = new HttpServletMapping() {
            @Override
            public String getMatchValue() {
                return "";
            }

            @Override
            public String getPattern() {
                return "/";
            }

            @Override
            public String getServletName() {
                return "dispatcherServlet";
            }

            @Override
            public MappingMatch getMappingMatch() {
                return MappingMatch.DEFAULT;
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(OpenAccess.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, invoked, arguments) -> switch (invoked.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI", "getServletPath" -> path;
                    case "getRequestURL" -> new StringBuffer("http://localhost" + path);
                    case "getContextPath" -> "";
                    case "getScheme" -> "http";
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 80;
                    case "getHttpServletMapping" -> servletMapping;
                    case "getDispatcherType" -> jakarta.servlet.DispatcherType.REQUEST;
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                    case "removeAttribute" -> attributes.remove((String) arguments[0]);
                    case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                    case "getHeaders", "getHeaderNames", "getParameterNames", "getLocales" ->
                            Collections.emptyEnumeration();
                    case "getParameterMap" -> Map.of();
                    case "getCookies" -> null;
                    case "getIntHeader", "getContentLength" -> -1;
                    case "getContentLengthLong", "getDateHeader" -> -1L;
                    case "isSecure", "isAsyncStarted", "isAsyncSupported", "isUserInRole",
                            "isRequestedSessionIdValid" -> false;
                    case "getLocale" -> java.util.Locale.FRANCE;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> method + " " + path;
                    default -> null;
                });
    }
}
