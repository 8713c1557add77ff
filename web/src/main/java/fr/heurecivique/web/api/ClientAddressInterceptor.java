package fr.heurecivique.web.api;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;

/** Every API call made while serving a page carries the resident's address in {@code X-Forwarded-For}. */
final class ClientAddressInterceptor implements ClientHttpRequestInterceptor {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            request.getHeaders().set(FORWARDED_FOR, ClientAddress.of(attributes.getRequest()));
        }
        return execution.execute(request, body);
    }
}
