package no.samspill.bench.hapi;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * HAPI FHIR JPA server 8.8.0, FHIR R4 at {@code /fhir}, on PostgreSQL: the peer of bench/fhir-peer.
 *
 * <p>Wired like the official hapi-fhir-jpaserver-starter (JpaR4Config + HapiJpaConfig + batch2, an entity manager
 * factory from {@link HapiEntityManagerFactoryUtil}, the starter's Hibernate properties), without the starter's
 * optional extras (CQL, MDM, IPS, subscriptions, OpenAPI, tester UI, request logging). HAPI's storage settings are
 * left at their defaults: indexing, referential integrity on write, resource history and versioning all stay on.
 *
 * <p>Settings (Spring properties or environment): {@code spring.datasource.url/username/password},
 * {@code server.port}, {@code spring.datasource.hikari.maximum-pool-size}.
 */
@SpringBootApplication(exclude = {ElasticsearchRestClientAutoConfiguration.class, ThymeleafAutoConfiguration.class})
@EnableTransactionManagement
@Import({JpaR4Config.class, HapiJpaConfig.class, JpaBatch2Config.class, Batch2JobsConfig.class,
        ThreadPoolFactoryConfig.class, SubscriptionChannelConfig.class})
public class HapiJpaServer {

    public static void main(String[] args) {
        SpringApplication.run(HapiJpaServer.class, args);
    }

    /** HAPI's defaults (nothing changed). */
    @Bean
    public JpaStorageSettings jpaStorageSettings() {
        return new JpaStorageSettings();
    }

    /** No partitioning (HAPI's default). */
    @Bean
    public PartitionSettings partitionSettings() {
        return new PartitionSettings();
    }

    /** No subscription channel types enabled (HAPI's default; the starter's default too). */
    @Bean
    public SubscriptionSettings subscriptionSettings() {
        return new SubscriptionSettings();
    }

    @Primary
    @Bean
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource,
            ConfigurableListableBeanFactory beanFactory, FhirContext fhirContext, JpaStorageSettings settings,
            Environment env) {
        LocalContainerEntityManagerFactoryBean factory =
                HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, settings);
        factory.setPersistenceUnitName("HAPI_PU");
        factory.setDataSource(dataSource);
        Properties jpa = new Properties();
        // The starter's defaults for PostgreSQL: HAPI's dialect, schema created/updated by Hibernate on start,
        // no second-level or query cache, JDBC batches of 20, Hibernate Search (fulltext/Lucene) off.
        jpa.put("hibernate.dialect", HapiFhirPostgresDialect.class.getName());
        jpa.put("hibernate.hbm2ddl.auto", env.getProperty("hapi.hbm2ddl", "update"));
        jpa.put("hibernate.format_sql", "false");
        jpa.put("hibernate.show_sql", "false");
        jpa.put("hibernate.jdbc.batch_size", "20");
        jpa.put("hibernate.cache.use_query_cache", "false");
        jpa.put("hibernate.cache.use_second_level_cache", "false");
        jpa.put("hibernate.cache.use_structured_entries", "false");
        jpa.put("hibernate.cache.use_minimal_puts", "false");
        jpa.put("hibernate.search.enabled", "false");
        factory.setJpaProperties(jpa);
        return factory;
    }

    @Primary
    @Bean
    public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        JpaTransactionManager manager = new JpaTransactionManager();
        manager.setEntityManagerFactory(entityManagerFactory);
        return manager;
    }

    /** The plain JPA RestfulServer: every resource type's provider, the system provider, database-backed paging. */
    @Bean
    public RestfulServer restfulServer(IFhirSystemDao<?, ?> systemDao, ResourceProviderFactory providers,
            IJpaSystemProvider systemProvider, JpaStorageSettings settings, ISearchParamRegistry searchParams,
            IValidationSupport validationSupport, DatabaseBackedPagingProvider paging) {
        RestfulServer server = new RestfulServer(systemDao.getContext());
        server.registerProviders(providers.createProviders());
        server.registerProvider(systemProvider);
        server.setServerConformanceProvider(
                new JpaCapabilityStatementProvider(server, systemDao, settings, searchParams, validationSupport));
        server.setPagingProvider(paging);
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        return server;
    }

    @Bean
    public ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer server) {
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
