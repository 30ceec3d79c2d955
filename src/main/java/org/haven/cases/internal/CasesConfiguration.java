package org.haven.cases.internal;

import org.haven.cases.DecisionPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DecisionPolicy.class)
class CasesConfiguration {}
