package fr.heurecivique.notification.delivery;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface DeliveryRepository extends MongoRepository<Delivery, String> {

    List<Delivery> findByAddressOrderByCreatedAtDesc(String address);
}
