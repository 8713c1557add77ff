package fr.heurecivique.notification.delivery;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DeliveryRepository extends MongoRepository<Delivery, String> {
}
