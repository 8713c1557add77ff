package fr.heurecivique.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import fr.heurecivique.gateway.GatewayProperties;
import fr.heurecivique.gateway.clients.ClientAddresses;
import fr.heurecivique.gateway.Problems;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Where the rate-limit buckets live: in this gateway's memory (the embedded default: one gateway), or in Redis, so
 * that several gateway instances share them ({@code heure-civique.gateway.rate-limit.store=redis}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "heure-civique.gateway.rate-limit.enabled", matchIfMissing = true)
class BucketStore {

    @Bean
    @ConditionalOnProperty(name = "heure-civique.gateway.rate-limit.store", havingValue = "memory",
            matchIfMissing = true)
    AsyncProxyManager<String> memoryBuckets(GatewayProperties properties) {
        // A bucket is forgotten once it would be full again anyway: memory stays bounded by active clients.
        return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(1_000_000))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        longestPeriod(properties)))
                .build().asAsync();
    }

    private static Duration longestPeriod(GatewayProperties properties) {
        Duration forPublic = properties.rateLimit().publicLimit().period();
        Duration forUsers = properties.rateLimit().userLimit().period();
        return forPublic.compareTo(forUsers) > 0 ? forPublic : forUsers;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "heure-civique.gateway.rate-limit.store", havingValue = "redis")
    StatefulRedisConnection<String, byte[]> rateLimitRedisConnection(GatewayProperties properties) {
        return RedisClient.create(properties.rateLimit().redisUrl())
                .connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    @Bean
    @ConditionalOnProperty(name = "heure-civique.gateway.rate-limit.store", havingValue = "redis")
    AsyncProxyManager<String> redisBuckets(StatefulRedisConnection<String, byte[]> connection,
            GatewayProperties properties) {
        return Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        longestPeriod(properties)))
                .build().asAsync();
    }

    @Bean
    RateLimitFilter rateLimitFilter(AsyncProxyManager<String> buckets, GatewayProperties properties,
            ClientAddresses addresses, Problems problems) {
        return new RateLimitFilter(buckets, properties, addresses, problems);
    }
}
