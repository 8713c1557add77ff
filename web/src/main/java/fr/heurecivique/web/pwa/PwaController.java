package fr.heurecivique.web.pwa;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Installable on a phone: the web app manifest and a service worker that caches ONLY the static files (content-hashed
 * names, the same for everyone) and the offline page. Pages are always asked of the network and never stored, so no
 * signed-in page or personal data ever lands in the cache; offline, a page request gets the offline page.
 */
@Controller
class PwaController {

    static final String CACHE = "heure-civique-static-v1";

    private final ResourceUrlProvider urls;

    PwaController(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    private String url(String path) {
        String hashed = urls.getForLookupPath(path);
        return hashed != null ? hashed : path;
    }

    @GetMapping(path = "/manifest.webmanifest")
    ResponseEntity<String> manifest() {
        String manifest = """
                {
                  "name": "L’Heure Civique",
                  "short_name": "Heure Civique",
                  "description": "Une heure par mois pour aider près de chez vous, en Charente-Maritime.",
                  "lang": "fr",
                  "dir": "ltr",
                  "start_url": "/",
                  "scope": "/",
                  "display": "standalone",
                  "background_color": "#ffffff",
                  "theme_color": "#0b5568",
                  "icons": [
                    { "src": "%s", "sizes": "192x192", "type": "image/png", "purpose": "any" },
                    { "src": "%s", "sizes": "512x512", "type": "image/png", "purpose": "any maskable" },
                    { "src": "%s", "sizes": "any", "type": "image/svg+xml", "purpose": "any" }
                  ]
                }
                """.formatted(url("/theme/icons/icon-192.png"), url("/theme/icons/icon-512.png"),
                url("/theme/icons/app-icon.svg"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/manifest+json"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(manifest);
    }

    @GetMapping(path = "/sw.js")
    ResponseEntity<String> serviceWorker() {
        List<String> precache = List.of("/hors-ligne", url("/theme/heure-civique.css"), url("/theme/icons/logo.svg"),
                url("/theme/icons/icon-192.png"), url("/assets/site.js"));
        String script = """
                'use strict';
                // L'Heure Civique: caches ONLY static files (content-hashed /theme/ and /assets/) and the offline page.
                // Pages are never cached: nothing signed-in or personal is ever stored on the phone.
                const CACHE = '%s';
                const PRECACHE = [%s];
                self.addEventListener('install', (event) => {
                  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
                });
                self.addEventListener('activate', (event) => {
                  event.waitUntil(caches.keys().then((keys) => Promise.all(
                    keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))).then(() => self.clients.claim()));
                });
                self.addEventListener('fetch', (event) => {
                  const request = event.request;
                  if (request.method !== 'GET') return;
                  const url = new URL(request.url);
                  if (url.origin !== self.location.origin) return;
                  if (url.pathname.startsWith('/theme/') || url.pathname.startsWith('/assets/')) {
                    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => {
                      if (response.ok) {
                        const copy = response.clone();
                        caches.open(CACHE).then((cache) => cache.put(request, copy));
                      }
                      return response;
                    })));
                    return;
                  }
                  if (request.mode === 'navigate') {
                    event.respondWith(fetch(request).catch(() => caches.match('/hors-ligne')));
                  }
                });
                """.formatted(CACHE, precache.stream().map(path -> "'" + path + "'").collect(Collectors.joining(", ")));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).header("Service-Worker-Allowed", "/").body(script);
    }
}
